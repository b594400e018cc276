import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Authorize, CurrentUser, definePolicy, signedIn, type AuthUser, type RequestWithUser } from '@ruta/server-core';
import { PubSubEngine } from 'graphql-subscriptions';
import { MarkNotificationsReadArgs, Notification, NotificationConnection, NotificationsArgs } from './notification.model.js';
import { NOTIFICATION_RECEIVED, NotificationsService, type NotificationReceivedPayload } from './notifications.service.js';

/** Everyone signed in has notifications; each person reads and marks only their own (the service scopes every query to them). */
export const notificationsPolicy = definePolicy<'notification:own'>('notifications', { 'notification:own': signedIn });

interface Context {
  req: RequestWithUser;
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => NotificationConnection, { description: 'The signed-in person’s notifications, newest first.' })
  @Authorize(notificationsPolicy, 'notification:own')
  notifications(@CurrentUser() actor: AuthUser, @Args() { first, after, unreadOnly }: NotificationsArgs): Promise<NotificationConnection> {
    return this.service.list(actor, first, after, unreadOnly) as Promise<NotificationConnection>;
  }

  @Query(() => Int, { description: 'How many of the signed-in person’s notifications are unread.' })
  @Authorize(notificationsPolicy, 'notification:own')
  unreadNotificationCount(@CurrentUser() actor: AuthUser): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks the signed-in person’s notifications read (no ids: all of them); how many were unread.' })
  @Authorize(notificationsPolicy, 'notification:own')
  markNotificationsRead(@CurrentUser() actor: AuthUser, @Args() { ids }: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead(actor, ids);
  }

  @Subscription(() => Notification, {
    description: 'Each new notification of the signed-in person, as it is stored.',
    filter: (payload: NotificationReceivedPayload, _variables: unknown, context: Context) => payload.recipientId === context.req.user?.id,
    async resolve(this: NotificationsResolver, payload: NotificationReceivedPayload, _args: unknown, context: Context) {
      return this.service.get(context.req.user!, payload.notificationId);
    },
  })
  @Authorize(notificationsPolicy, 'notification:own')
  notificationReceived() {
    return this.pubSub.asyncIterableIterator<NotificationReceivedPayload>(NOTIFICATION_RECEIVED);
  }
}
