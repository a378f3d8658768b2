// Original file: proto/attune/v1/batch_inference_job.proto


export interface FieldsForThemeGeneration {
  'itemName'?: (string);
}

export interface FieldsForThemeGeneration__Output {
  'itemName': (string);
}
