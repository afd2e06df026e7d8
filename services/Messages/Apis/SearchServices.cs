using ChatPlatform.Messages.Application;

namespace ChatPlatform.Messages.Apis;

public sealed record SearchServices(SearchReader Search, SessionAccessResolver Access, ReactionReader Reactions);
