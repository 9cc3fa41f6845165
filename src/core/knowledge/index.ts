/**
 * Offline knowledge about base images: release lifecycles (end-of-life dates with their sources), size classes,
 * lighter alternatives, default users and Windows specifics. Pure data and functions: no editor API, no network.
 */
export {
  describeImage,
  describeImageName,
  isHeavy,
  parseTag,
  type DistroFacts,
  type ImageFacts,
  type OsFamily,
  type ParsedTag,
  type SizeClass,
  type WindowsFacts,
  type WindowsVariant,
} from './base-images';
export {
  daysBetween,
  eolStatus,
  findRelease,
  knowledgeAge,
  knowledgeAgeNote,
  knowledgeNow,
  productLifecycle,
  releaseFacts,
  setKnowledgeClock,
  type EolFacts,
  type KnowledgeAge,
  type ProductId,
  type ReleaseFacts,
} from './lifecycle';
export { KNOWLEDGE_AS_OF, type ProductLifecycle, type ReleaseLine } from './lifecycle-data';
