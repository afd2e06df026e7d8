namespace ChatPlatform.Moderation.Rules;

public static class BlockRules
{
    /// <summary>The user a block or unblock names: present, not the empty UUID, and not the caller.</summary>
    public static bool TryGetTarget(Guid? userId, Guid callerId, out Guid target, out Dictionary<string, string[]> errors)
    {
        errors = [];
        target = userId ?? Guid.Empty;
        if (target == Guid.Empty)
        {
            errors["user_id"] = ["A user_id (UUID) is required."];
        }
        else if (target == callerId)
        {
            errors["user_id"] = ["You cannot block or unblock yourself."];
        }
        return errors.Count == 0;
    }
}
