namespace KarmayogiBot.Assistant;

public enum Language
{
    English,
    Hindi,
}
