// Progress for the import page: the upload's bytes, then each step the server reports, while the answer is prepared.
// Without JavaScript the form posts as usual and the answer is the same page.
(function () {
  var form = document.getElementById('import-form');
  var panel = document.getElementById('import-progress');
  if (!form || !panel || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var bar = panel.querySelector('progress');
  var step = document.getElementById('import-progress-step');
  var progressUrl = document.currentScript.getAttribute('data-progress-url');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var token = data.get('progressToken');
    var polling = null;
    form.hidden = true;
    panel.hidden = false;

    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded * 100 / e.total);
        step.textContent = 'Uploading the files: ' + bar.value + '%';
      }
    };
    xhr.upload.onload = function () {
      step.textContent = 'Files received; checking them';
      polling = setInterval(function () { poll(token); }, 500);
    };
    xhr.onload = function () {
      clearInterval(polling);
      document.open();
      document.write(xhr.responseText);
      document.close();
    };
    xhr.onerror = function () {
      clearInterval(polling);
      step.textContent = 'The connection was lost before the import finished. Reload the page to see whether it did.';
    };
    xhr.send(data);
  });

  function poll(token) {
    var request = new XMLHttpRequest();
    request.open('GET', progressUrl + encodeURIComponent(token));
    request.onload = function () {
      if (request.status !== 200) {
        return;
      }
      var p = JSON.parse(request.responseText);
      bar.value = p.percent;
      step.textContent = 'Step ' + p.stepNumber + ' of ' + p.steps + ': ' + p.step + ' (' + p.percent + '%)';
    };
    request.send();
  }
})();
