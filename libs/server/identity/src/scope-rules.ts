import { OrganizationKind, Role, type FieldError } from '@ruta/shared-domain';
import { fieldError } from '@ruta/server-core';
import { OrganizationEntity } from '@ruta/server-organizations';
import { ProvinceEntity } from '@ruta/server-reference';
import type { EntityManager } from 'typeorm';

export interface Scope {
  role: Role;
  provinceCode?: string | null;
  organizationId?: string | null;
}

const partnerKindsRefused: OrganizationKind[] = [OrganizationKind.GAD_PROVINCIAL, OrganizationKind.CONGOPE];

/**
 * The rules tying a role to its scope: a technician works for one province with a prefectura; a
 * partner belongs to one cooperating organisation; nobody else has a province. Returns the field
 * errors, none when the scope is valid.
 */
export async function checkScope(manager: EntityManager, scope: Scope): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (scope.role === Role.TECHNICIAN) {
    if (!scope.provinceCode) errors.push(fieldError('provinceCode', 'provinceRequired'));
    else {
      const province = await manager.findOneBy(ProvinceEntity, { code: scope.provinceCode });
      if (!province) errors.push(fieldError('provinceCode', 'unknownValue'));
      else if (!province.hasPrefectura) errors.push(fieldError('provinceCode', 'provinceWithoutPrefectura'));
    }
  } else if (scope.provinceCode) {
    errors.push(fieldError('provinceCode', 'provinceNotAllowed'));
  }

  if (scope.organizationId) {
    const organization = await manager.findOneBy(OrganizationEntity, { id: scope.organizationId });
    if (!organization) errors.push(fieldError('organizationId', 'unknownValue'));
    else if (scope.role === Role.PARTNER && partnerKindsRefused.includes(organization.kind)) {
      errors.push(fieldError('organizationId', 'organizationKindNotAllowed'));
    }
  } else if (scope.role === Role.PARTNER) {
    errors.push(fieldError('organizationId', 'organizationRequired'));
  }
  return errors;
}
