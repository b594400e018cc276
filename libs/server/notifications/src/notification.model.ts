import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated, PaginationArgs } from '@ruta/server-core';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ObjectType('Notification', { description: 'Something the signed-in person is told, in their language.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What happened, e.g. commitmentRequested, mentioned, questionAnswered.' })
  kind: string;

  @Field()
  title: string;

  @Field({ description: 'Who did what, in a sentence.' })
  body: string;

  @Field({ description: 'Where the web app shows the thing (a path).' })
  link: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends Paginated(Notification) {}

@ArgsType()
export class NotificationsArgs extends PaginationArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those not read yet.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'The notifications to mark read; none given: all.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[] | null;
}
