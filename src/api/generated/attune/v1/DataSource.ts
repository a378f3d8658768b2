// Original file: proto/attune/v1/common.proto


/**
 * Where bulk data is read from (Personalize `DataSource`). `data_location` is a CSV file or a
 * folder of CSV files on the server, as a path or a file:// URL inside an allowed data root,
 * or an `upload://<id>` location returned by UploadData.
 */
export interface DataSource {
  'dataLocation'?: (string);
}

/**
 * Where bulk data is read from (Personalize `DataSource`). `data_location` is a CSV file or a
 * folder of CSV files on the server, as a path or a file:// URL inside an allowed data root,
 * or an `upload://<id>` location returned by UploadData.
 */
export interface DataSource__Output {
  'dataLocation': (string);
}
