-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'organisation',
    "name" TEXT NOT NULL,
    "defaultOwnershipMode" TEXT NOT NULL,
    "repositoryStrategy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "contactChannel" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SolutionArea" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "SolutionAreaTeam" (
    "solutionAreaId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("solutionAreaId", "teamId"),
    CONSTRAINT "SolutionAreaTeam_solutionAreaId_fkey" FOREIGN KEY ("solutionAreaId") REFERENCES "SolutionArea" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SolutionAreaTeam_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BoundedContext" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "subdomainType" TEXT NOT NULL,
    "complexity" TEXT NOT NULL,
    "solutionAreaId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "BoundedContext_solutionAreaId_fkey" FOREIGN KEY ("solutionAreaId") REFERENCES "SolutionArea" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContextRelationship" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "upstreamId" TEXT NOT NULL,
    "downstreamId" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ContextRelationship_upstreamId_fkey" FOREIGN KEY ("upstreamId") REFERENCES "BoundedContext" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContextRelationship_downstreamId_fkey" FOREIGN KEY ("downstreamId") REFERENCES "BoundedContext" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Component" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "lifecycle" TEXT NOT NULL,
    "ownershipMode" TEXT,
    "solutionAreaId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Component_solutionAreaId_fkey" FOREIGN KEY ("solutionAreaId") REFERENCES "SolutionArea" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComponentOwner" (
    "componentId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("componentId", "teamId"),
    CONSTRAINT "ComponentOwner_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComponentOwner_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComponentDependency" (
    "dependentId" TEXT NOT NULL,
    "dependencyId" TEXT NOT NULL,
    "style" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("dependentId", "dependencyId"),
    CONSTRAINT "ComponentDependency_dependentId_fkey" FOREIGN KEY ("dependentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComponentDependency_dependencyId_fkey" FOREIGN KEY ("dependencyId") REFERENCES "Component" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Repository" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "defaultBranch" TEXT NOT NULL DEFAULT 'main',
    "branchModel" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "RepositoryComponent" (
    "repositoryId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("repositoryId", "componentId"),
    CONSTRAINT "RepositoryComponent_repositoryId_fkey" FOREIGN KEY ("repositoryId") REFERENCES "Repository" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RepositoryComponent_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Environment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "Cluster" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL DEFAULT '',
    "region" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "Namespace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "meshMembership" TEXT NOT NULL,
    "deployMethod" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Namespace_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Namespace_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deployment" (
    "componentId" TEXT NOT NULL,
    "namespaceId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("componentId", "namespaceId"),
    CONSTRAINT "Deployment_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deployment_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "Team_name_id_idx" ON "Team"("name", "id");

-- CreateIndex
CREATE INDEX "Team_type_idx" ON "Team"("type");

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

