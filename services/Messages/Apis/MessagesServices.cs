using ChatPlatform.Messages.Application;

namespace ChatPlatform.Messages.Apis;

public sealed record MessagesServices(SendMessageHandler Sender, HistoryReader History, SessionAccessResolver Access, ReactionReader Reactions);
