namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record TransferRequest(Guid? AgentId);
