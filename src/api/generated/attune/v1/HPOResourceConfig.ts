// Original file: proto/attune/v1/solution.proto


/**
 * HPO budget (Personalize `HPOResourceConfig`): at most 40 trainings, at most 10 at once.
 */
export interface HPOResourceConfig {
  'maxNumberOfTrainingJobs'?: (string);
  'maxParallelTrainingJobs'?: (string);
}

/**
 * HPO budget (Personalize `HPOResourceConfig`): at most 40 trainings, at most 10 at once.
 */
export interface HPOResourceConfig__Output {
  'maxNumberOfTrainingJobs': (string);
  'maxParallelTrainingJobs': (string);
}
