/** `awsq certs`: placeholder until the command lands. */
import { AwsqError } from '../../core/errors.js';

/** Not implemented yet. */
export async function run(): Promise<number> {
  throw new AwsqError('"awsq certs" is not available in this version yet');
}
