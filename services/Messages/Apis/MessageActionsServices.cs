using ChatPlatform.Messages.Application.Editing;
using ChatPlatform.Messages.Application.Reactions;

namespace ChatPlatform.Messages.Apis;

public sealed record MessageActionsServices(MessageEditor Editor, MessageDeleter Deleter, ReactionService Reactions, ReactionReader Counts);
