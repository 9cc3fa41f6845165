/** Whether a Compose service runs a Windows container, whose isolation has none of Linux's setuid or seccomp knobs. */
import { describeImage } from '../../knowledge';
import type { ComposeService } from './service-types';

/** `platform: windows/…`, a Windows image, or a build whose Dockerfile starts from one. */
export function runsWindowsContainer(service: ComposeService): boolean {
  if (service.platform && /^windows\b/i.test(service.platform.value)) return true;
  if (service.build) return service.build.stage?.isWindows === true;
  return service.image !== undefined && describeImage(service.image.ref).osFamily === 'windows';
}
