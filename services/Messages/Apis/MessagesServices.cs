using ChatPlatform.Messages.Application.History;
using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Application.Sending;

namespace ChatPlatform.Messages.Apis;

public sealed record MessagesServices(RestSendBatcher Sender, HistoryReader History, SessionAccessResolver Access);
