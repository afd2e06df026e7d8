using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Application.Reactions;
using ChatPlatform.Messages.Application.Search;

namespace ChatPlatform.Messages.Apis;

public sealed record SearchServices(SearchReader Search, SessionAccessResolver Access, ReactionReader Reactions);
