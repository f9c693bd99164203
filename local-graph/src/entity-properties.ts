/**
 * The properties and relationships of the entity types whose GETs take a top-level `$select`
 * (select-param.ts): the names Graph's reference lists for each, inherited ones included.
 */

/**
 * baseItem's properties and relationships, which site, list, listItem, drive and driveItem inherit
 * (https://learn.microsoft.com/graph/api/resources/baseitem).
 */
export const BASE_ITEM_NAMES = [
  'id',
  'name',
  'description',
  'createdBy',
  'createdDateTime',
  'lastModifiedBy',
  'lastModifiedDateTime',
  'parentReference',
  'webUrl',
  'eTag',
  'createdByUser',
  'lastModifiedByUser',
];

/** site's properties and relationships (https://learn.microsoft.com/graph/api/resources/site, with baseItem's). */
export const SITE_NAMES = [
  ...BASE_ITEM_NAMES,
  'displayName',
  'error',
  'isPersonalSite',
  'root',
  'sharepointIds',
  'siteCollection',
  'analytics',
  'columns',
  'contentTypes',
  'drive',
  'drives',
  'externalColumns',
  'items',
  'lists',
  'onenote',
  'operations',
  'pages',
  'permissions',
  'sites',
  'termStore',
];

/** list's properties and relationships (https://learn.microsoft.com/graph/api/resources/list, with baseItem's). */
export const LIST_NAMES = [
  ...BASE_ITEM_NAMES,
  'displayName',
  'list',
  'sharepointIds',
  'system',
  'columns',
  'contentTypes',
  'drive',
  'items',
  'operations',
  'subscriptions',
];

/** columnDefinition's (https://learn.microsoft.com/graph/api/resources/columndefinition). */
export const COLUMN_NAMES = [
  'id',
  'name',
  'displayName',
  'description',
  'columnGroup',
  'enforceUniqueValues',
  'hidden',
  'indexed',
  'isDeletable',
  'isReorderable',
  'isSealed',
  'propagateChanges',
  'readOnly',
  'required',
  'type',
  'validation',
  'defaultValue',
  'sourceContentType',
  'sourceColumn',
  'boolean',
  'calculated',
  'choice',
  'contentApprovalStatus',
  'currency',
  'dateTime',
  'geolocation',
  'hyperlinkOrPicture',
  'lookup',
  'number',
  'personOrGroup',
  'term',
  'text',
  'thumbnail',
];

/**
 * driveItem's (https://learn.microsoft.com/graph/api/resources/driveitem, with baseItem's), and
 * the `@microsoft.graph.downloadUrl` instance annotation, which a `$select` returns only when it
 * names it (select-param.ts).
 */
export const DRIVE_ITEM_NAMES = [
  ...BASE_ITEM_NAMES,
  'cTag',
  'webDavUrl',
  'size',
  'audio',
  'bundle',
  'content',
  'deleted',
  'file',
  'fileSystemInfo',
  'folder',
  'image',
  'location',
  'malware',
  'package',
  'pendingOperations',
  'photo',
  'publication',
  'remoteItem',
  'root',
  'searchResult',
  'shared',
  'sharepointIds',
  'specialFolder',
  'video',
  'activities',
  'analytics',
  'children',
  'listItem',
  'permissions',
  'retentionLabel',
  'subscriptions',
  'thumbnails',
  'versions',
  '@microsoft.graph.downloadUrl',
];

/** drive's (https://learn.microsoft.com/graph/api/resources/drive, with baseItem's). */
export const DRIVE_NAMES = [
  ...BASE_ITEM_NAMES,
  'driveType',
  'owner',
  'quota',
  'sharePointIds',
  'system',
  'bundles',
  'following',
  'items',
  'list',
  'root',
  'special',
];
