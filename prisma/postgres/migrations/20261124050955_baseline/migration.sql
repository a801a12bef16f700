-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL DEFAULT 'organisation',
    "name" TEXT NOT NULL,
    "defaultOwnershipMode" TEXT NOT NULL,
    "repositoryStrategy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "contactChannel" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamInteraction" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "withTeamId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamInteraction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SolutionArea" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SolutionArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SolutionAreaTeam" (
    "solutionAreaId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SolutionAreaTeam_pkey" PRIMARY KEY ("solutionAreaId","teamId")
);

-- CreateTable
CREATE TABLE "BoundedContext" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "subdomainType" TEXT NOT NULL,
    "complexity" TEXT NOT NULL,
    "solutionAreaId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BoundedContext_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContextRelationship" (
    "id" TEXT NOT NULL,
    "upstreamId" TEXT NOT NULL,
    "downstreamId" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContextRelationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Component" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "lifecycle" TEXT NOT NULL,
    "labels" TEXT NOT NULL DEFAULT '{}',
    "ownershipMode" TEXT,
    "solutionAreaId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Component_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComponentOwner" (
    "componentId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComponentOwner_pkey" PRIMARY KEY ("componentId","teamId")
);

-- CreateTable
CREATE TABLE "ComponentDependency" (
    "dependentId" TEXT NOT NULL,
    "dependencyId" TEXT NOT NULL,
    "style" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComponentDependency_pkey" PRIMARY KEY ("dependentId","dependencyId")
);

-- CreateTable
CREATE TABLE "Repository" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "defaultBranch" TEXT NOT NULL DEFAULT 'main',
    "branchModel" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Repository_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepositoryComponent" (
    "repositoryId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RepositoryComponent_pkey" PRIMARY KEY ("repositoryId","componentId")
);

-- CreateTable
CREATE TABLE "Environment" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Environment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL DEFAULT '',
    "region" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Namespace" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "meshMembership" TEXT NOT NULL,
    "deployMethod" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Namespace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deployment" (
    "componentId" TEXT NOT NULL,
    "namespaceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("componentId","namespaceId")
);

-- CreateTable
CREATE TABLE "ChecklistAnswer" (
    "id" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT NOT NULL DEFAULT '[]',
    "answeredBy" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ChecklistAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistAnswerChange" (
    "id" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "previousStatus" TEXT,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT NOT NULL DEFAULT '[]',
    "answeredBy" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistAnswerChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "decisionPointId" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "alternativeId" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "decidedBy" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scorecard" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerTeamId" TEXT,
    "entityKind" TEXT NOT NULL,
    "filter" TEXT NOT NULL DEFAULT '{}',
    "ladder" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Scorecard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardRule" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "expression" TEXT NOT NULL,
    "failureMessage" TEXT NOT NULL,
    "remediation" TEXT NOT NULL DEFAULT '',
    "practiceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScorecardRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuiltInScorecardSeed" (
    "slug" TEXT NOT NULL,
    "seededAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuiltInScorecardSeed_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Waiver" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "reason" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "grantedBy" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Waiver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CurrentScore" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "levelIndex" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "statuses" TEXT NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL,
    "lastSnapshotAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CurrentScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "levelIndex" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "passed" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "waived" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardTrendPoint" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "entities" INTEGER NOT NULL,
    "belowFirst" INTEGER NOT NULL,
    "levelCounts" TEXT NOT NULL,
    "averageScore" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScorecardTrendPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "scorecardId" TEXT NOT NULL,
    "targetLevel" TEXT NOT NULL,
    "targetDate" TIMESTAMP(3) NOT NULL,
    "filter" TEXT NOT NULL DEFAULT '{}',
    "ownerTeamId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFact" (
    "id" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "file" TEXT,
    "line" INTEGER,
    "observedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceScan" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "commit" TEXT,
    "componentId" TEXT,
    "files" INTEGER NOT NULL,
    "errors" TEXT NOT NULL DEFAULT '[]',
    "pass" INTEGER NOT NULL,
    "fail" INTEGER NOT NULL,
    "warn" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceScan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFinding" (
    "id" TEXT NOT NULL,
    "scanId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "objectKind" TEXT NOT NULL,
    "objectNamespace" TEXT,
    "objectName" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "remediation" TEXT NOT NULL DEFAULT '',
    "subjectKey" TEXT,

    CONSTRAINT "EvidenceFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "appliedAt" TIMESTAMP(3),
    "appliedDiff" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScenarioChange" (
    "id" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "operation" TEXT NOT NULL,
    "observed" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScenarioChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SetupToken" (
    "id" TEXT NOT NULL DEFAULT 'setup',
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SetupToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityKind" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "entityName" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "correlationId" TEXT NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "input" TEXT NOT NULL,
    "entityKind" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "entityName" TEXT NOT NULL,
    "ownerTeams" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'open',
    "requesterId" TEXT,
    "requesterLabel" TEXT NOT NULL,
    "reviewerId" TEXT,
    "reviewerLabel" TEXT,
    "reviewComment" TEXT NOT NULL DEFAULT '',
    "decidedAt" TIMESTAMP(3),
    "requesterSeenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "Team_name_id_idx" ON "Team"("name", "id");

-- CreateIndex
CREATE INDEX "Team_type_idx" ON "Team"("type");

-- CreateIndex
CREATE INDEX "TeamInteraction_withTeamId_idx" ON "TeamInteraction"("withTeamId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamInteraction_teamId_withTeamId_key" ON "TeamInteraction"("teamId", "withTeamId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_teamId_email_key" ON "TeamMember"("teamId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "SolutionArea_slug_key" ON "SolutionArea"("slug");

-- CreateIndex
CREATE INDEX "SolutionArea_name_id_idx" ON "SolutionArea"("name", "id");

-- CreateIndex
CREATE INDEX "SolutionArea_kind_idx" ON "SolutionArea"("kind");

-- CreateIndex
CREATE INDEX "SolutionAreaTeam_teamId_idx" ON "SolutionAreaTeam"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "BoundedContext_slug_key" ON "BoundedContext"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "BoundedContext_solutionAreaId_key" ON "BoundedContext"("solutionAreaId");

-- CreateIndex
CREATE INDEX "BoundedContext_name_id_idx" ON "BoundedContext"("name", "id");

-- CreateIndex
CREATE INDEX "BoundedContext_subdomainType_idx" ON "BoundedContext"("subdomainType");

-- CreateIndex
CREATE INDEX "ContextRelationship_downstreamId_idx" ON "ContextRelationship"("downstreamId");

-- CreateIndex
CREATE UNIQUE INDEX "ContextRelationship_upstreamId_downstreamId_pattern_key" ON "ContextRelationship"("upstreamId", "downstreamId", "pattern");

-- CreateIndex
CREATE UNIQUE INDEX "Component_slug_key" ON "Component"("slug");

-- CreateIndex
CREATE INDEX "Component_name_id_idx" ON "Component"("name", "id");

-- CreateIndex
CREATE INDEX "Component_kind_idx" ON "Component"("kind");

-- CreateIndex
CREATE INDEX "Component_solutionAreaId_idx" ON "Component"("solutionAreaId");

-- CreateIndex
CREATE INDEX "ComponentOwner_teamId_idx" ON "ComponentOwner"("teamId");

-- CreateIndex
CREATE INDEX "ComponentDependency_dependencyId_idx" ON "ComponentDependency"("dependencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Repository_slug_key" ON "Repository"("slug");

-- CreateIndex
CREATE INDEX "Repository_name_id_idx" ON "Repository"("name", "id");

-- CreateIndex
CREATE INDEX "Repository_kind_idx" ON "Repository"("kind");

-- CreateIndex
CREATE INDEX "RepositoryComponent_componentId_idx" ON "RepositoryComponent"("componentId");

-- CreateIndex
CREATE UNIQUE INDEX "Environment_slug_key" ON "Environment"("slug");

-- CreateIndex
CREATE INDEX "Environment_rank_name_idx" ON "Environment"("rank", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_slug_key" ON "Cluster"("slug");

-- CreateIndex
CREATE INDEX "Cluster_name_id_idx" ON "Cluster"("name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Namespace_slug_key" ON "Namespace"("slug");

-- CreateIndex
CREATE INDEX "Namespace_name_id_idx" ON "Namespace"("name", "id");

-- CreateIndex
CREATE INDEX "Namespace_environmentId_idx" ON "Namespace"("environmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Namespace_clusterId_name_key" ON "Namespace"("clusterId", "name");

-- CreateIndex
CREATE INDEX "Deployment_namespaceId_idx" ON "Deployment"("namespaceId");

-- CreateIndex
CREATE INDEX "ChecklistAnswer_itemId_idx" ON "ChecklistAnswer"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistAnswer_scopeKey_itemId_key" ON "ChecklistAnswer"("scopeKey", "itemId");

-- CreateIndex
CREATE INDEX "ChecklistAnswerChange_scopeKey_answeredAt_idx" ON "ChecklistAnswerChange"("scopeKey", "answeredAt");

-- CreateIndex
CREATE INDEX "Decision_decisionPointId_idx" ON "Decision"("decisionPointId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_scopeKey_decisionPointId_key" ON "Decision"("scopeKey", "decisionPointId");

-- CreateIndex
CREATE UNIQUE INDEX "Scorecard_slug_key" ON "Scorecard"("slug");

-- CreateIndex
CREATE INDEX "Scorecard_name_id_idx" ON "Scorecard"("name", "id");

-- CreateIndex
CREATE INDEX "ScorecardRule_scorecardId_position_idx" ON "ScorecardRule"("scorecardId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardRule_scorecardId_ruleId_key" ON "ScorecardRule"("scorecardId", "ruleId");

-- CreateIndex
CREATE INDEX "Waiver_scorecardId_subjectKey_idx" ON "Waiver"("scorecardId", "subjectKey");

-- CreateIndex
CREATE INDEX "Waiver_expiresAt_idx" ON "Waiver"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "CurrentScore_scorecardId_subjectKey_key" ON "CurrentScore"("scorecardId", "subjectKey");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_scorecardId_subjectKey_takenAt_idx" ON "ScoreSnapshot"("scorecardId", "subjectKey", "takenAt");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_scorecardId_takenAt_idx" ON "ScoreSnapshot"("scorecardId", "takenAt");

-- CreateIndex
CREATE INDEX "ScorecardTrendPoint_scorecardId_takenAt_idx" ON "ScorecardTrendPoint"("scorecardId", "takenAt");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_slug_key" ON "Initiative"("slug");

-- CreateIndex
CREATE INDEX "Initiative_targetDate_idx" ON "Initiative"("targetDate");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFact_subjectKey_key_key" ON "EvidenceFact"("subjectKey", "key");

-- CreateIndex
CREATE INDEX "EvidenceScan_sourceKey_finishedAt_idx" ON "EvidenceScan"("sourceKey", "finishedAt");

-- CreateIndex
CREATE INDEX "EvidenceScan_componentId_idx" ON "EvidenceScan"("componentId");

-- CreateIndex
CREATE INDEX "EvidenceFinding_scanId_file_line_idx" ON "EvidenceFinding"("scanId", "file", "line");

-- CreateIndex
CREATE INDEX "EvidenceFinding_subjectKey_idx" ON "EvidenceFinding"("subjectKey");

-- CreateIndex
CREATE INDEX "Scenario_status_updatedAt_idx" ON "Scenario"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScenarioChange_scenarioId_position_key" ON "ScenarioChange"("scenarioId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_name_id_idx" ON "User"("name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entityKind_entityKey_id_idx" ON "AuditEntry"("entityKind", "entityKey", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_actorUserId_id_idx" ON "AuditEntry"("actorUserId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_correlationId_idx" ON "AuditEntry"("correlationId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "ChangeRequest_status_createdAt_idx" ON "ChangeRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_requesterId_status_idx" ON "ChangeRequest"("requesterId", "status");

-- CreateIndex
CREATE INDEX "ChangeRequest_entityKind_entityKey_idx" ON "ChangeRequest"("entityKind", "entityKey");

-- AddForeignKey
ALTER TABLE "TeamInteraction" ADD CONSTRAINT "TeamInteraction_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamInteraction" ADD CONSTRAINT "TeamInteraction_withTeamId_fkey" FOREIGN KEY ("withTeamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionAreaTeam" ADD CONSTRAINT "SolutionAreaTeam_solutionAreaId_fkey" FOREIGN KEY ("solutionAreaId") REFERENCES "SolutionArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionAreaTeam" ADD CONSTRAINT "SolutionAreaTeam_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoundedContext" ADD CONSTRAINT "BoundedContext_solutionAreaId_fkey" FOREIGN KEY ("solutionAreaId") REFERENCES "SolutionArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContextRelationship" ADD CONSTRAINT "ContextRelationship_upstreamId_fkey" FOREIGN KEY ("upstreamId") REFERENCES "BoundedContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContextRelationship" ADD CONSTRAINT "ContextRelationship_downstreamId_fkey" FOREIGN KEY ("downstreamId") REFERENCES "BoundedContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Component" ADD CONSTRAINT "Component_solutionAreaId_fkey" FOREIGN KEY ("solutionAreaId") REFERENCES "SolutionArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComponentOwner" ADD CONSTRAINT "ComponentOwner_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComponentOwner" ADD CONSTRAINT "ComponentOwner_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComponentDependency" ADD CONSTRAINT "ComponentDependency_dependentId_fkey" FOREIGN KEY ("dependentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComponentDependency" ADD CONSTRAINT "ComponentDependency_dependencyId_fkey" FOREIGN KEY ("dependencyId") REFERENCES "Component"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepositoryComponent" ADD CONSTRAINT "RepositoryComponent_repositoryId_fkey" FOREIGN KEY ("repositoryId") REFERENCES "Repository"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepositoryComponent" ADD CONSTRAINT "RepositoryComponent_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Namespace" ADD CONSTRAINT "Namespace_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Namespace" ADD CONSTRAINT "Namespace_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistAnswer" ADD CONSTRAINT "ChecklistAnswer_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistAnswer" ADD CONSTRAINT "ChecklistAnswer_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistAnswer" ADD CONSTRAINT "ChecklistAnswer_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistAnswer" ADD CONSTRAINT "ChecklistAnswer_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistAnswerChange" ADD CONSTRAINT "ChecklistAnswerChange_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistAnswerChange" ADD CONSTRAINT "ChecklistAnswerChange_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistAnswerChange" ADD CONSTRAINT "ChecklistAnswerChange_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistAnswerChange" ADD CONSTRAINT "ChecklistAnswerChange_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRule" ADD CONSTRAINT "ScorecardRule_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurrentScore" ADD CONSTRAINT "CurrentScore_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurrentScore" ADD CONSTRAINT "CurrentScore_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurrentScore" ADD CONSTRAINT "CurrentScore_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurrentScore" ADD CONSTRAINT "CurrentScore_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurrentScore" ADD CONSTRAINT "CurrentScore_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardTrendPoint" ADD CONSTRAINT "ScorecardTrendPoint_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFact" ADD CONSTRAINT "EvidenceFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFact" ADD CONSTRAINT "EvidenceFact_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFact" ADD CONSTRAINT "EvidenceFact_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFact" ADD CONSTRAINT "EvidenceFact_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceScan" ADD CONSTRAINT "EvidenceScan_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFinding" ADD CONSTRAINT "EvidenceFinding_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "EvidenceScan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioChange" ADD CONSTRAINT "ScenarioChange_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

