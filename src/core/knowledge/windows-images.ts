/** Windows base images: variant, the kernel build a tag needs for process isolation, size and default user. */
import { deprecation, type ImageFacts, type WindowsVariant } from './image-facts';
import { WINDOWS_BUILDS, type ParsedTag } from './image-tags';

const WINDOWS_SIZES: Record<WindowsVariant, number> = { nanoserver: 120, servercore: 1700, windows: 3500, server: 3000 };

const WINDOWS_NOTE =
  'A Windows container shares the Windows kernel of its host, so it only runs on a Windows host. With process ' +
  'isolation the host’s kernel build must match the image’s build; otherwise the container needs Hyper-V isolation, ' +
  'where each container gets its own small utility VM with a matching kernel (stronger isolation, more memory, slower start).';

/** The Windows facts of a Windows image (or a language image's Windows variant), else undefined. */
export function windowsFacts(registry: string, repo: string, tag: ParsedTag, tagLower: string): Partial<ImageFacts> | undefined {
  let variant: WindowsVariant | undefined;
  let family = 'windows';
  let deprecated: ImageFacts['deprecated'];
  if (registry === 'mcr.microsoft.com') {
    if (repo === 'windows/nanoserver') variant = 'nanoserver';
    else if (repo === 'windows/servercore' || repo === 'windows/servercore/iis') variant = 'servercore';
    else if (repo === 'windows/server') variant = 'server';
    else if (repo === 'windows') variant = 'windows';
  } else if (registry === 'docker.io' && (repo === 'microsoft/nanoserver' || repo === 'microsoft/windowsservercore')) {
    variant = repo === 'microsoft/nanoserver' ? 'nanoserver' : 'servercore';
    deprecated = deprecation('windowsHub', { image: `mcr.microsoft.com/windows/${variant}` });
  }
  if (!variant && tag.windowsVariant) {
    // language images with Windows variants: python:3.12-windowsservercore-ltsc2022, golang:1.22-nanoserver-ltsc2022
    variant = tag.windowsVariant;
    family = repo.slice(repo.lastIndexOf('/') + 1);
  }
  if (!variant) return undefined;
  const words = tagLower.split('-');
  let build: number | undefined;
  let release: string | undefined;
  for (const word of words) {
    const hit = WINDOWS_BUILDS.find(([re]) => re.test(word));
    if (hit) {
      build = hit[1];
      release = hit[2];
    }
  }
  const defaultUser = variant === 'nanoserver' ? 'ContainerUser' : 'ContainerAdministrator';
  return {
    known: true,
    family,
    osFamily: 'windows',
    sizeClass: variant === 'nanoserver' ? 'slim' : 'full-os',
    approxSizeMb: family === 'windows' ? WINDOWS_SIZES[variant] : undefined,
    sizeNote:
      variant === 'nanoserver'
        ? 'Nano Server: no PowerShell or .NET Framework by default, the smallest Windows base'
        : variant === 'servercore'
          ? 'Server Core: the full Windows Server API surface minus the GUI, gigabytes in size'
          : 'the full Windows image, the largest Windows base',
    lighterAlternatives: variant === 'nanoserver' ? undefined : ['mcr.microsoft.com/windows/nanoserver (when the app needs no .NET Framework or full Win32 APIs)'],
    defaultUser,
    runsAsNonRootByDefault: variant === 'nanoserver',
    defaultUserNote:
      variant === 'nanoserver'
        ? 'Nano Server runs as ContainerUser (not an administrator) by default'
        : 'runs as ContainerAdministrator by default; `USER ContainerUser` drops administrator rights',
    windows: { variant, build, release, note: WINDOWS_NOTE },
    ...(deprecated ? { deprecated } : {}),
  };
}
