// Original file: proto/attune/v1/batch_inference_job.proto

import type { FieldsForThemeGeneration as _attune_v1_FieldsForThemeGeneration, FieldsForThemeGeneration__Output as _attune_v1_FieldsForThemeGeneration__Output } from '../../attune/v1/FieldsForThemeGeneration.ts';

export interface ThemeGenerationConfig {
  'fieldsForThemeGeneration'?: (_attune_v1_FieldsForThemeGeneration | null);
}

export interface ThemeGenerationConfig__Output {
  'fieldsForThemeGeneration': (_attune_v1_FieldsForThemeGeneration__Output | null);
}
