import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganizationKind, type FieldError } from '@ruta/shared-domain';
import { AppError, fieldError } from '@ruta/server-core';
import { ProvinceEntity } from '@ruta/server-reference';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import type { OrganizationInput } from './organization.inputs.js';
import type { Organization } from './organization.model.js';

/** The organisation directory: GADs, CONGOPE, ministries, partners. */
@Injectable()
export class OrganizationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every organisation, optionally of one kind, by name. */
  list(kind?: OrganizationKind): Promise<Organization[]> {
    return this.dataSource.getRepository(OrganizationEntity).find({
      where: kind ? { kind } : {},
      relations: { province: true },
      order: { name: 'ASC' },
    });
  }

  async get(id: string): Promise<Organization> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOne({ where: { id }, relations: { province: true } });
    if (!organization) throw AppError.notFound();
    return organization;
  }

  async create(input: OrganizationInput): Promise<Organization> {
    return this.dataSource.transaction(async (manager) => {
      await this.check(manager, input);
      const { id } = await manager.save(manager.create(OrganizationEntity, this.normalize(input)));
      return manager.findOneOrFail(OrganizationEntity, { where: { id }, relations: { province: true } });
    });
  }

  async update(id: string, input: OrganizationInput): Promise<Organization> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(OrganizationEntity, { id }))) throw AppError.notFound();
      await this.check(manager, input, id);
      await manager.update(OrganizationEntity, id, this.normalize(input));
      return manager.findOneOrFail(OrganizationEntity, { where: { id }, relations: { province: true } });
    });
  }

  private async check(manager: EntityManager, input: OrganizationInput, id?: string): Promise<void> {
    const errors: FieldError[] = [];
    if (await manager.existsBy(OrganizationEntity, { name: input.name, ...(id && { id: Not(id) }) }))
      errors.push(fieldError('name', 'nameTaken'));
    if (input.kind === OrganizationKind.GAD_PROVINCIAL && !input.provinceCode)
      errors.push(fieldError('provinceCode', 'gadProvinceRequired'));
    if (input.provinceCode && !(await manager.existsBy(ProvinceEntity, { code: input.provinceCode }))) {
      errors.push(fieldError('provinceCode', 'unknownValue'));
    }
    if (errors.length > 0) throw AppError.badInput(errors);
  }

  private normalize(input: OrganizationInput) {
    return {
      name: input.name,
      shortName: input.shortName || null,
      kind: input.kind,
      provinceCode: input.provinceCode ?? null,
      website: input.website || null,
    };
  }
}
