import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  Authorize,
  CurrentUser,
  definePolicy,
  fieldError,
  IdArgs,
  IsPlainText,
  signedIn,
  Trim,
  type AuthUser,
} from '@ruta/server-core';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import type { DataSource } from 'typeorm';
import { SavedViewEntity } from './saved-view.entity.js';

const MAX_VIEWS = 50;

/** Saved views belong to the person who saved them; nobody else reads or deletes them. */
export const savedViewsPolicy = definePolicy<'savedView:own'>('savedViews', { 'savedView:own': signedIn });

@ObjectType('SavedView', { description: 'A named set of roadmap list filters and sorting, saved by one person.' })
export class SavedView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The list page’s URL query, e.g. "estado=AGREED&orden=DUE_DATE".' })
  query: string;
}

@ArgsType()
class SaveViewArgs {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  @IsPlainText()
  name: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  // Only what a URL query of the list carries: names, values, & and =, percent-escapes.
  @Matches(/^[\w.~%&=+,-]*$/)
  query: string;
}

@Injectable()
export class SavedViewsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(actor: AuthUser): Promise<SavedView[]> {
    return this.dataSource.getRepository(SavedViewEntity).find({ where: { userId: actor.id }, order: { name: 'ASC' } });
  }

  /**
   * Saves one of the actor's views, or replaces the query of the one already under that name.
   * Parallel saves by one person neither collide on the name (one upsert) nor pass the limit
   * together (they take turns on the person's row, so each counts what the others saved).
   */
  save(actor: AuthUser, name: string, query: string): Promise<SavedView> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM app_user WHERE id = $1 FOR NO KEY UPDATE', [actor.id]);
      const [view] = (await manager.query(
        `INSERT INTO saved_view (user_id, name, query)
         SELECT $1, $2, $3
          WHERE (SELECT count(*) FROM saved_view WHERE user_id = $1) < $4
             OR EXISTS (SELECT 1 FROM saved_view WHERE user_id = $1 AND name = $2)
         ON CONFLICT (user_id, name) DO UPDATE SET query = EXCLUDED.query
         RETURNING id, name, query`,
        [actor.id, name, query, MAX_VIEWS],
      )) as SavedView[];
      if (!view) throw AppError.badInput([fieldError('name', 'tooMany', { max: MAX_VIEWS })]);
      return view;
    });
  }

  async remove(actor: AuthUser, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(SavedViewEntity).delete({ id, userId: actor.id });
    if (result.affected !== 1) throw AppError.notFound();
    return true;
  }
}

@Resolver(() => SavedView)
export class SavedViewsResolver {
  constructor(private readonly service: SavedViewsService) {}

  @Query(() => [SavedView], { description: 'The signed-in person’s saved roadmap views.' })
  @Authorize(savedViewsPolicy, 'savedView:own')
  savedViews(@CurrentUser() actor: AuthUser): Promise<SavedView[]> {
    return this.service.list(actor);
  }

  @Mutation(() => SavedView, { description: 'Saves the roadmap list’s filters under a name (the same name replaces).' })
  @Authorize(savedViewsPolicy, 'savedView:own')
  saveView(@CurrentUser() actor: AuthUser, @Args() { name, query }: SaveViewArgs): Promise<SavedView> {
    return this.service.save(actor, name, query);
  }

  @Mutation(() => Boolean)
  @Authorize(savedViewsPolicy, 'savedView:own')
  deleteView(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<boolean> {
    return this.service.remove(actor, id);
  }
}
