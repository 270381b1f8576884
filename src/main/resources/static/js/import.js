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
  var script = document.currentScript;
  var progressUrl = script.getAttribute('data-progress-url');
  var maxFile = Number(script.getAttribute('data-max-file-bytes'));
  var maxRequest = Number(script.getAttribute('data-max-request-bytes'));

  // The server refuses a file over its limit before reading it (413); saying so here saves uploading it at all.
  function tooLarge() {
    var total = 0;
    var inputs = form.querySelectorAll('input[type=file]');
    for (var i = 0; i < inputs.length; i++) {
      var file = inputs[i].files && inputs[i].files[0];
      if (file) {
        total += file.size;
        if (maxFile > 0 && file.size > maxFile) {
          return file.name + ' is larger than the limit of ' + script.getAttribute('data-max-file-size') + ' for one file';
        }
      }
    }
    if (maxRequest > 0 && total > maxRequest) {
      return 'The two files together are larger than the limit of ' + script.getAttribute('data-max-request-size');
    }
    return null;
  }

  form.addEventListener('submit', function (event) {
    var refusal = tooLarge();
    if (refusal) {
      event.preventDefault();
      window.alert(refusal);
      return;
    }
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
      if (xhr.status === 413) {
        step.textContent = JSON.parse(xhr.responseText).detail;
        form.hidden = false;
        return;
      }
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
