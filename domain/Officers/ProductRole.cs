namespace KarmayogiBot.Domain.Officers;

/// <summary>What an officer may do in the product: see their own standing, a zone's, or administer it.</summary>
public enum ProductRole
{
    Officer,
    Nodal,
    Admin,
}
