/** Handlers for dataset import jobs and UploadData. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerReadableStream, sendUnaryData } from '@grpc/grpc-js';
import { InvalidInput } from '../../common/errors.ts';
import type { ImportJobRecord } from '../../control/dataset-import-jobs.ts';
import { timestamp } from '../convert.ts';
import { toServiceError } from '../errors.ts';
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { UploadDataRequest__Output } from '../generated/attune/v1/UploadDataRequest.ts';
import type { UploadDataResponse } from '../generated/attune/v1/UploadDataResponse.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

function summary(j: ImportJobRecord) {
  return {
    datasetImportJobArn: j.arn,
    jobName: j.name,
    status: j.status,
    creationDateTime: timestamp(j.createdAt),
    lastUpdatedDateTime: timestamp(j.updatedAt),
    failureReason: j.failureReason ?? '',
    importMode: j.importMode,
  };
}

type Handlers = Pick<PersonalizeHandlers, 'CreateDatasetImportJob' | 'DescribeDatasetImportJob' | 'ListDatasetImportJobs' | 'UploadData'>;

/** Import job and upload RPCs. */
export function importHandlers(s: Services, deps: HandlerDeps): Handlers {
  return {
    CreateDatasetImportJob: unary(deps, 'CreateDatasetImportJob', async (r) => {
      const out = await s.importJobs.create({
        jobName: r.jobName,
        datasetArn: r.datasetArn,
        dataLocation: r.dataSource?.dataLocation,
        roleArn: r.roleArn,
        importMode: r.importMode,
        tags: r.tags,
        ...(r.publishAttributionMetricsToS3 !== undefined ? { publishAttributionMetricsToS3: r.publishAttributionMetricsToS3 } : {}),
      });
      return { datasetImportJobArn: out.arn };
    }),
    DescribeDatasetImportJob: unary(deps, 'DescribeDatasetImportJob', async (r) => {
      const j = await s.importJobs.describe(r.datasetImportJobArn);
      return {
        datasetImportJob: {
          ...summary(j),
          datasetArn: j.datasetArn,
          dataSource: { dataLocation: j.dataLocation },
          roleArn: j.roleArn ?? '',
          ...(j.publishAttributionMetricsToS3 !== null ? { publishAttributionMetricsToS3: j.publishAttributionMetricsToS3 } : {}),
        },
      };
    }),
    ListDatasetImportJobs: unary(deps, 'ListDatasetImportJobs', async (r) => {
      const page = await s.importJobs.list(r.datasetArn || undefined, r);
      return { datasetImportJobs: page.items.map(summary), nextToken: page.nextToken ?? '' };
    }),
    UploadData: (call: ServerReadableStream<UploadDataRequest__Output, UploadDataResponse>, callback: sendUnaryData<UploadDataResponse>) => {
      deps.inFlight.enter();
      receiveUpload(s, call).then(
        (result) => {
          deps.inFlight.leave();
          callback(null, { dataLocation: result.dataLocation, sizeBytes: String(result.sizeBytes), sha256: result.sha256 });
        },
        (err: unknown) => {
          deps.inFlight.leave();
          callback(toServiceError(err, deps.logger, 'UploadData') as never);
        },
      );
    },
  };
}

/** How long a finished upload waits for a late cancel before it is kept. */
const CANCEL_GRACE_MS = 100;

/** The client went away before finishing its upload. */
class UploadCancelled extends Error {
  constructor() {
    super('the upload was cancelled by the client or its deadline');
  }
}

async function receiveUpload(s: Services, call: ServerReadableStream<UploadDataRequest__Output, UploadDataResponse>) {
  // A cancelled call (client gone, deadline passed) may leave the stream neither ended nor
  // failed: fail it, so that the upload is discarded instead of waiting or being kept.
  let onCancel!: () => void;
  const cancelledSignal = new Promise<void>((resolve) => (onCancel = resolve));
  call.on('cancelled', () => {
    onCancel();
    call.destroy(new UploadCancelled());
  });
  const iterator = call[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done || first.value.part !== 'header') {
    throw new InvalidInput('header', 'the first message of UploadData must carry the header');
  }
  const h = first.value.header!;
  async function* chunks(): AsyncIterable<Uint8Array> {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.part === 'header') throw new InvalidInput('header', 'only the first message may carry a header');
      if (next.value.chunk && next.value.chunk.length > 0) yield next.value.chunk;
    }
  }
  // On a cancel grpc-js first ends the stream as if the client had finished, and reports the
  // cancel a few event-loop turns later (measured: 4 ms): so before an upload is kept, give
  // a cancel that long to show up.
  return s.uploads.receive(
    { fileName: h.fileName, ...(h.sizeBytes !== undefined ? { sizeBytes: Number(h.sizeBytes) } : {}), sha256: h.sha256 },
    chunks(),
    async () => {
      const wasCancelled = await Promise.race([cancelledSignal.then(() => true), sleep(CANCEL_GRACE_MS).then(() => false)]);
      if (wasCancelled || call.cancelled) throw new UploadCancelled();
    },
  );
}
