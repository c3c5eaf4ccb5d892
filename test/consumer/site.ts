/** Where the consumer tests find the outside site's build (made once by global-setup.ts). */
export const BUILD_DIR_VARIABLE = 'CONSUMER_BUILD_DIR';
export const WORK_DIR_VARIABLE = 'CONSUMER_WORK_DIR';

export function consumerBuildDir(): string {
  const dir = process.env[BUILD_DIR_VARIABLE];
  if (!dir) throw new Error(`${BUILD_DIR_VARIABLE} is not set: run the consumer tests with jest.consumer.config.mjs`);
  return dir;
}
