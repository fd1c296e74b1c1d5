namespace KarmayogiBot.Worker.SampleZone;

/// <summary>What a random stream decides (<see cref="SampleRandom"/>).</summary>
public enum SampleStream
{
    Officer = 1,
    Rows = 2,
    Unregistered = 3,
    OtherZoneOfficer = 4,
    OtherZoneRows = 5,
    Joiner = 6,
    Leavers = 7,
    Supervisors = 8,
}
