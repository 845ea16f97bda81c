// Talks to this server's /api only. Every error answer is JSON {error: {status, message}}.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    throw new ApiError(response.status, `the server answered ${response.status} with something that is not JSON`);
  }
  if (!response.ok) {
    const message = body && body.error && (body.error.message || body.error.reason);
    throw new ApiError(response.status, message || `the server answered ${response.status}`);
  }
  return body;
}

export async function getJson(path, params) {
  const query = params ? '?' + params.toString() : '';
  return answer(await fetch(path + query, {headers: {Accept: 'application/json'}}));
}

export async function postPage(body, params) {
  const response = await fetch('/api/analyze?' + params.toString(), {method: 'POST', body});
  // An analysis that failed (422) still carries the error record; show its reason.
  if (response.status === 422) {
    const failed = JSON.parse(await response.text());
    throw new ApiError(422, failed.error ? `${failed.error.stage}: ${failed.error.reason}` : 'the page could not be analysed');
  }
  return answer(response);
}
