import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { assertSafeKey, contentTypeOf, IMMUTABLE_CACHE, type FileStore } from './file-store';

export interface S3Options {
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style URLs (`endpoint/bucket/key`): what MinIO, s3rver and most self-hosted stores need. */
  forcePathStyle: boolean;
  /** Where clients fetch files directly (a CDN or the bucket's public URL); unset: through this server's `/files/`. */
  publicUrl?: string;
}

/**
 * Files in an S3-compatible bucket (AWS, MinIO, R2...). Objects are written with their content
 * type and a year-long immutable Cache-Control, which the bucket or CDN then serves as is.
 *
 * @example createS3FileStore({ endpoint: 'http://127.0.0.1:9000', bucket: 'vitrine', region: 'us-east-1', forcePathStyle: true })
 */
export function createS3FileStore(o: S3Options): FileStore {
  const client = new S3Client({
    endpoint: o.endpoint,
    region: o.region,
    forcePathStyle: o.forcePathStyle,
    ...(o.accessKeyId && o.secretAccessKey ? { credentials: { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey } } : {}),
  });
  const Bucket = o.bucket;
  const notFound = (e: { name?: string; $metadata?: { httpStatusCode?: number } }) => {
    if (e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404) return undefined;
    throw e;
  };
  return {
    kind: 's3',
    async put(key, body, contentType = contentTypeOf(key)) {
      assertSafeKey(key);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType, CacheControl: IMMUTABLE_CACHE }));
    },
    async get(key) {
      assertSafeKey(key);
      const out = await client.send(new GetObjectCommand({ Bucket, Key: key })).catch(notFound);
      if (!out?.Body) return undefined;
      const body = await out.Body.transformToByteArray();
      return { body, size: body.byteLength, contentType: out.ContentType ?? contentTypeOf(key) };
    },
    async stat(key) {
      assertSafeKey(key);
      const out = await client.send(new HeadObjectCommand({ Bucket, Key: key })).catch(notFound);
      return out ? { size: out.ContentLength ?? 0, contentType: out.ContentType ?? contentTypeOf(key) } : undefined;
    },
    async delete(key) {
      assertSafeKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async *list(prefix) {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
        for (const obj of page.Contents ?? []) if (obj.Key) yield { key: obj.Key, modifiedAt: obj.LastModified ?? new Date(0) };
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    url(key) {
      assertSafeKey(key);
      return o.publicUrl ? `${o.publicUrl.replace(/\/$/, '')}/${key}` : `/files/${key}`;
    },
  };
}
