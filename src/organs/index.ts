/**
 * Organs: recognise the same issuing organ across years and name variants, and place it in the
 * hierarchy (national, province, city, county, town, or a department of one of them), from its
 * name or from the user's CSV. Pure: the corpus store calls it. See docs/organs.md.
 */
export { parseOrganName, type OrganName, type OrganUnit, type OrganLevel, type UnitKind, type UnitLevel } from './name.js';
export { levelNames, levelName } from './units.js';
export { foldOrganChars, normalizeOrganText } from './normalize.js';
export { departmentKey, expandDepartment } from './departments.js';
export { OrganIndex, compatibleNames, type OrganMatch, type KnownOrgan } from './registry.js';
export { placeByName, placeByDivision, mostSpecificName, type OrganPlacement } from './placement.js';
export { divisions, findRegion, regionPrefix, fullCode, pathOf, DivisionIndex, type Division, type DivisionSource, type DivisionPlacement, type PlacementNote } from './divisions.js';
export { parseOverrides, applyOverrides, readLevel, isRegionCode, decodeCsv, type OrganOverride, type OverrideIssue } from './overrides.js';
