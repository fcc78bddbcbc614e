/**
 * Where the seated figure's bent legs put its feet: the knee bends the shin straight down from
 * the forward thigh, so the soles sit this far above the upright figure's. The seated pose
 * lowers the figure by as much, so the feet rest flat on the floor (see `pose.ts`). Its own
 * module, so the page's first code, which places the pose, does not take in the figure's whole
 * description with it.
 */
export const SEATED_DROP = 0.405
