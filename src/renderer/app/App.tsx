import { useEffect } from 'react';
import { useProjectStore } from './project-store';
import { CountsMatrix } from './CountsMatrix';

/** Project overview: documents, codebook and the code × speaker counts. */
export function App() {
  const { info, documents, codes, matrix, error, loadOverview } = useProjectStore();
  useEffect(() => {
    void loadOverview();
  }, [loadOverview]);

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!info) return <p>Loading…</p>;
  return (
    <main>
      <h1>{info.name}</h1>
      <p>
        {info.documents} documents · {info.codes} codes · {info.codings} codings · coder{' '}
        {info.currentCoder}
      </p>
      <div className="columns">
        <section aria-labelledby="documents-heading">
          <h2 id="documents-heading">Documents</h2>
          <ul>
            {documents.map((doc) => (
              <li key={doc.id}>
                {doc.name}{' '}
                <small>
                  {doc.wordCount} words · {doc.codingCount} codings · {doc.speakerLabels.join(', ')}
                </small>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="codebook-heading">
          <h2 id="codebook-heading">Codebook</h2>
          <ul className="codebook">
            {codes.map((code) => (
              <li key={code.id} style={{ paddingLeft: `${code.depth * 1.2}em` }}>
                <span className="swatch" style={{ background: code.color }} /> {code.name}{' '}
                <small>{code.totalCodingCount}</small>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {matrix && <CountsMatrix matrix={matrix} />}
    </main>
  );
}
