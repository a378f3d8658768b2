// Original file: proto/attune/v1/solution.proto


export interface DatasetColumns {
  'columns'?: (string)[];
}

export interface DatasetColumns__Output {
  'columns': (string)[];
}
