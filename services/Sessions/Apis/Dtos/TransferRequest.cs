using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record TransferRequest([Required] Guid? AgentId);
