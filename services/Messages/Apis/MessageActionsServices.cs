using ChatPlatform.Messages.Application;

namespace ChatPlatform.Messages.Apis;

public sealed record MessageActionsServices(MessageEditor Editor, MessageDeleter Deleter, ReactionService Reactions, ReactionReader Counts);
