namespace KarmayogiBot.Worker.Commands;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int Ambiguous = 2;
    public const int Unknown = 3;
}
