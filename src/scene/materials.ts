import { Color, FrontSide, MeshLambertMaterial, ShaderMaterial } from 'three'

export const palette = {
  skin: new Color('#dcae93'),
  rim: new Color('#f6e3d3'),
  bone: new Color('#f1e8d8'),
  boneDim: new Color('#d9dedb'),
  glow: new Color('#4fb6a6'),
  marker: new Color('#e8a87c'),
}

/**
 * Translucent skin: a fresnel rim that is nearly clear where you look straight through it and
 * soft at the silhouette, so the skeleton reads through the body. No transmission pass.
 */
export function createSkinMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    transparent: true,
    depthWrite: false,
    side: FrontSide,
    uniforms: {
      uSkin: { value: palette.skin.clone() },
      uRim: { value: palette.rim.clone() },
      uGlow: { value: palette.glow.clone() },
      uShoulders: { value: 0 },
      uFascia: { value: 0 },
      uDim: { value: 0 },
      // 1 on a dark page: the translucent skin is lifted so it reads as light, not as a shadow.
      uLift: { value: 0 },
    },
    vertexShader: /* glsl */ `
      attribute float shoulder;
      varying vec3 vNormal;
      varying vec3 vView;
      varying float vShoulder;
      varying vec3 vPos;
      void main() {
        vec4 mv = modelViewMatrix * vec4(position, 1.0);
        vNormal = normalize(normalMatrix * normal);
        vView = normalize(-mv.xyz);
        vShoulder = shoulder;
        vPos = position;
        gl_Position = projectionMatrix * mv;
      }
    `,
    fragmentShader: /* glsl */ `
      uniform vec3 uSkin;
      uniform vec3 uRim;
      uniform vec3 uGlow;
      uniform float uShoulders;
      uniform float uFascia;
      uniform float uDim;
      uniform float uLift;
      varying vec3 vNormal;
      varying vec3 vView;
      varying float vShoulder;
      varying vec3 vPos;
      void main() {
        vec3 n = normalize(vNormal);
        float facing = abs(dot(n, normalize(vView)));
        float edge = 1.0 - facing;
        float fresnel = edge * edge;
        float light = 0.55 + 0.45 * max(dot(n, normalize(vec3(0.3, 0.8, 0.5))), 0.0);
        vec3 color = mix(uSkin * light, uRim, fresnel * 0.6);
        float alpha = 0.2 + 0.62 * fresnel;
        color = mix(color, uRim, 0.5 * uLift);
        alpha += 0.22 * uLift;
        float shoulders = uShoulders * vShoulder;
        color = mix(color, uGlow, shoulders * 0.75);
        alpha += shoulders * 0.35;
        // Fascia: a fine web of fibres over the whole body, shown as soft bands (only when lit).
        if (uFascia > 0.0) {
          float fibres = 0.5 + 0.5 * sin(vPos.y * 140.0 + sin(vPos.x * 60.0) * 2.0);
          color = mix(color, uGlow, uFascia * (0.35 + 0.35 * fibres));
          alpha += uFascia * (0.12 + 0.1 * fibres);
        }
        alpha *= 1.0 - 0.35 * uDim * (1.0 - max(shoulders, uFascia));
        gl_FragColor = vec4(color, clamp(alpha, 0.0, 0.95));
      }
    `,
  })
}

export function createBoneMaterial(): MeshLambertMaterial {
  return new MeshLambertMaterial({ color: palette.bone.clone() })
}

/** Sets a bone material for a glow (0 to 1) and a dim level (0 to 1, for bones that are not lit). */
export function setBoneGlow(material: MeshLambertMaterial, glow: number, dim: number): void {
  material.color
    .copy(palette.bone)
    .lerp(palette.boneDim, glow > 0 ? 0 : dim * 0.6)
    .lerp(palette.glow, glow * 0.75)
  material.emissive.copy(palette.glow).multiplyScalar(glow * 0.45)
}

/** The colour an instanced vertebra gets for a glow and dim level (instances share a material). */
export function boneColor(target: Color, glow: number, dim: number): Color {
  return target
    .copy(palette.bone)
    .lerp(palette.boneDim, glow > 0 ? 0 : dim * 0.6)
    .lerp(palette.glow, glow * 0.8)
}
