/** Classifying host paths a Compose service mounts: container-runtime sockets, sensitive host folders, harmless files. */
import type { ComposeVolume } from './services';

const RUNTIME_SOCKET = /(^|[/\\])(docker|containerd|crio|cri-dockerd|podman|dockershim)\.sock$|^\\\\\.\\pipe\\docker_engine$|^\/\/\.\/pipe\/docker_engine$/i;

/** The Docker / containerd / CRI-O / Podman API socket (or the Windows Docker named pipe). */
export function isRuntimeSocket(volume: ComposeVolume): boolean {
  return volume.hostPath && !!volume.source && RUNTIME_SOCKET.test(normalise(volume.source));
}

const SENSITIVE = [
  '/',
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/boot',
  '/root',
  '/run',
  '/var/run',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/kubelet',
  '/var/log',
  '/lib/modules',
  '/usr',
  '/bin',
  '/sbin',
  '/lib',
  '/home',
  '~/.ssh',
  '~/.aws',
  '~/.kube',
  '~/.docker',
  '~/.gnupg',
  '$HOME/.ssh',
  '$HOME/.aws',
  '$HOME/.kube',
  '$HOME/.docker',
];

/** Files under sensitive folders that are commonly and harmlessly shared (time zone), when read-only. */
const HARMLESS_READ_ONLY = [/^\/etc\/localtime$/, /^\/etc\/timezone$/, /^\/usr\/share\/zoneinfo(\/|$)/];

function normalise(source: string): string {
  let s = source.trim().replace(/\$\{(HOME|USERPROFILE)\}/g, '$HOME').replace(/\$USERPROFILE/g, '$HOME');
  if (s.length > 1) s = s.replace(/\/+$/, '');
  return s.replace(/(?<!^)\/{2,}/g, "/");
}

/** The sensitive host folder a bind mount exposes, if any (the socket rules handle runtime sockets). */
export function sensitiveRoot(volume: ComposeVolume): string | undefined {
  if (!volume.hostPath || !volume.source || isRuntimeSocket(volume)) return undefined;
  const source = normalise(volume.source);
  if (volume.readOnly && HARMLESS_READ_ONLY.some((re) => re.test(source))) return undefined;
  for (const root of SENSITIVE) {
    if (source === root || (root !== '/' && source.startsWith(root + '/'))) return root;
  }
  return undefined;
}
