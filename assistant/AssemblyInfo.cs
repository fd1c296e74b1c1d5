namespace KarmayogiBot.Assistant;
