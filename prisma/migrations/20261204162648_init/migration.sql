-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Run" (
    "id" TEXT NOT NULL,
    "scenarioId" TEXT,
    "scenarioSnapshot" JSONB NOT NULL,
    "scenarioName" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'queued',
    "sessionId" TEXT NOT NULL,
    "turnsDone" INTEGER NOT NULL DEFAULT 0,
    "turnsTotal" INTEGER NOT NULL,
    "agentModel" TEXT NOT NULL,
    "humanModel" TEXT NOT NULL,
    "budget" INTEGER NOT NULL,
    "tokenizer" TEXT NOT NULL,
    "totalTokens" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,

    CONSTRAINT "Run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "turn" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "tokens" INTEGER NOT NULL,
    "model" TEXT NOT NULL,
    "latencyMs" INTEGER,
    "finishReason" TEXT,
    "inputTokens" INTEGER,
    "outputTokens" INTEGER,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("runId","seq")
);

-- CreateTable
CREATE TABLE "Artifact" (
    "runId" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "turn" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "tokens" INTEGER NOT NULL,

    CONSTRAINT "Artifact_pkey" PRIMARY KEY ("runId","side","seq")
);

-- CreateTable
CREATE TABLE "Assembly" (
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "turn" INTEGER NOT NULL,
    "side" TEXT NOT NULL,
    "included" INTEGER NOT NULL,
    "filtered" INTEGER NOT NULL,
    "systemTokens" INTEGER NOT NULL,
    "tokensUsed" INTEGER NOT NULL,
    "tokensAvailable" INTEGER NOT NULL,
    "budget" INTEGER NOT NULL,
    "filteredThroughSeq" INTEGER NOT NULL,
    "includedThroughSeq" INTEGER NOT NULL,

    CONSTRAINT "Assembly_pkey" PRIMARY KEY ("runId","seq")
);

-- CreateIndex
CREATE INDEX "Scenario_name_idx" ON "Scenario"("name");

-- CreateIndex
CREATE INDEX "Run_createdAt_idx" ON "Run"("createdAt");

-- CreateIndex
CREATE INDEX "Run_startedAt_idx" ON "Run"("startedAt");

-- CreateIndex
CREATE INDEX "Run_status_createdAt_idx" ON "Run"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Run_scenarioName_createdAt_idx" ON "Run"("scenarioName", "createdAt");

-- CreateIndex
CREATE INDEX "Run_scenarioId_idx" ON "Run"("scenarioId");

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Artifact" ADD CONSTRAINT "Artifact_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assembly" ADD CONSTRAINT "Assembly_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
