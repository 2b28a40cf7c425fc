import { UserError } from '../errors.ts';

/**
 * A request that cannot be carried out, with the reason in words for the person who asked: the
 * `request` command answers it in the issue, changes nothing and exits with status 1.
 */
export class RequestRefused extends UserError {
  constructor(message: string) {
    super(message, 1);
    this.name = 'RequestRefused';
  }
}
