import { graphql } from '@ruta/web-data-access';

export const MemoriaPageQuery = graphql(`
  query MemoriaPage {
    memoriaVersions {
      id
      number
      scopeLabel
      language
      publishedAt
      downloads {
        pdf
        docx
        html
        markdown
      }
    }
  }
`);

export const MemoriaJobsQuery = graphql(`
  query MemoriaJobs {
    memoriaJobs {
      id
      scopeLabel
      language
      status
      progress
      error
      createdAt
      readyFormats
      downloads {
        pdf
        docx
        html
        markdown
      }
    }
    themes {
      id
      name
      english {
        name
      }
    }
    provinces {
      code
      name
    }
  }
`);

export const MemoriaJobQuery = graphql(`
  query MemoriaJobProgress($id: ID!) {
    memoriaJob(id: $id) {
      id
      scopeLabel
      language
      status
      progress
      error
      createdAt
      readyFormats
      downloads {
        pdf
        docx
        html
        markdown
      }
    }
  }
`);

export const GenerateMemoriaMutation = graphql(`
  mutation GenerateMemoria($scope: MemoriaScopeKind, $themeId: ID, $provinceCode: String, $language: String) {
    generateMemoria(scope: $scope, themeId: $themeId, provinceCode: $provinceCode, language: $language) {
      id
      status
      progress
    }
  }
`);

export const PublishMemoriaMutation = graphql(`
  mutation PublishMemoria($jobId: ID!) {
    publishMemoria(jobId: $jobId) {
      id
      number
    }
  }
`);
