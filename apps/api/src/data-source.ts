import { buildDataSourceOptions } from '@ruta/server-core';
import { DataSource } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

/** A data source over every entity and migration of the application. */
export function createDataSource(url: string): DataSource {
  return new DataSource(buildDataSourceOptions(url, entities, migrations));
}
