import { defineDockerfileRule } from '../context';
import { stageImageFacts } from '../stage-base';

export default defineDockerfileRule({
  meta: {
    id: 'base-image-windows',
    aliases: [],
    category: 'base-image',
    severity: 'info',
    title: 'Windows base image: needs a Windows host with a matching kernel build',
    why:
      'Containers share the kernel of the machine they run on, so a Windows image runs only on a Windows host; Linux ' +
      'nodes and Docker in Linux-container mode cannot start it. With process isolation (the default on Windows Server) ' +
      'the host kernel build must match the image build, e.g. 20348 for `ltsc2022`. When it does not, the container ' +
      'needs Hyper-V isolation: each container runs inside its own lightweight utility VM with a matching kernel, which ' +
      'isolates more strongly but costs memory and start-up time. Server Core and full Windows images are gigabytes.',
    howToFix:
      'Pin the tag to the Windows release your hosts run (`ltsc2022` on Windows Server 2022 nodes) and schedule the ' +
      'workload onto Windows nodes (Kubernetes: `nodeSelector: kubernetes.io/os: windows`). Prefer Nano Server when the ' +
      'application needs no .NET Framework or full Win32 API, and plan Hyper-V isolation where host and image builds differ.',
    examples: { bad: 'FROM mcr.microsoft.com/windows/servercore', good: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022' },
    messages: {
      windowsRelease: "'{image}' is a Windows {variant} image: it runs only on Windows hosts ({release}, kernel build {build}: process isolation needs a host on the same build, other hosts must use Hyper-V isolation (a small VM per container)).",
      windowsReleaseSized: "'{image}' is a Windows {variant} image: it runs only on Windows hosts ({release}, kernel build {build}: process isolation needs a host on the same build, other hosts must use Hyper-V isolation (a small VM per container)). The {variant} base is roughly {size} compressed.",
      windowsBuild: "'{image}' is a Windows {variant} image: it runs only on Windows hosts (this Windows release, kernel build {build}: process isolation needs a host on the same build, other hosts must use Hyper-V isolation (a small VM per container)).",
      windowsBuildSized: "'{image}' is a Windows {variant} image: it runs only on Windows hosts (this Windows release, kernel build {build}: process isolation needs a host on the same build, other hosts must use Hyper-V isolation (a small VM per container)). The {variant} base is roughly {size} compressed.",
      windowsNoRelease: "'{image}' is a Windows {variant} image: it runs only on Windows hosts (the tag names no Windows release, so the host build it needs is unclear; process isolation needs a matching host build, other hosts must use Hyper-V isolation (a small VM per container)).",
      windowsNoReleaseSized: "'{image}' is a Windows {variant} image: it runs only on Windows hosts (the tag names no Windows release, so the host build it needs is unclear; process isolation needs a matching host build, other hosts must use Hyper-V isolation (a small VM per container)). The {variant} base is roughly {size} compressed.",
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      if (stage.parent) continue;
      const facts = stageImageFacts(stage);
      if (!facts?.windows) continue;
      const { variant, build, release } = facts.windows;
      const variantName = { nanoserver: 'Nano Server', servercore: 'Server Core', windows: 'Windows', server: 'Windows Server' }[variant];
      const target = build ? (release ? 'windowsRelease' : 'windowsBuild') : 'windowsNoRelease';
      const data: Record<string, string | number> = { image: stage.image.raw, variant: variantName };
      if (build) data.build = build;
      if (build && release) data.release = release;
      const mb = facts.approxSizeMb;
      if (mb) data.size = mb >= 1000 ? `${(mb / 1000).toFixed(1)} GB` : `${mb} MB`;
      ctx.report({ range: stage.imageRange, messageId: mb ? `${target}Sized` : target, data });
    }
  },
});
