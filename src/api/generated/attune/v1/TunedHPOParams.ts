// Original file: proto/attune/v1/solution.proto


export interface TunedHPOParams {
  'algorithmHyperParameters'?: ({[key: string]: string});
}

export interface TunedHPOParams__Output {
  'algorithmHyperParameters': ({[key: string]: string});
}
