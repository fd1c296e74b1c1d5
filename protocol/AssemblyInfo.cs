namespace KarmayogiBot.Protocol;
