using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>What the store holds of one officer's iGOT profile, and what this import did to it.</summary>
internal sealed class StoredProfile
{
    public required IgotProfile Profile { get; set; }

    public RowOutcome Outcome { get; set; }

    /// <summary>The file (of this command) that last touched the profile; -1 none.</summary>
    public int File { get; set; } = -1;

    /// <summary>The UserReport row the profile was last read from, to name a duplicated row.</summary>
    public int SeenRow { get; set; }

    public ulong Fingerprint { get; set; }
}
