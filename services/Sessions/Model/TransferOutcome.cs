namespace ChatPlatform.Sessions.Model;

public enum TransferOutcome
{
    Transferred,
    NotSupport,
    Forbidden,
    SessionClosed,
    NotAssigned,
    SameAgent,
    TargetIsCustomer,
    TargetNotAgent,
}
