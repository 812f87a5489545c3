// The tour owner's drag and drop on the tour page: native HTML5 drag events on the rows of #tour-order. While a row is
// dragged it moves among the others; on drop the whole new order is posted, with the page's form token, to the same
// route the forms use (/tours/{id}/order), and the page is loaded again from the server's answer, so that the list,
// its buttons and the map show the order as saved. A drag that ends outside the list puts the rows back. The "Move up"
// and "Move down" buttons do the same without JavaScript. Data comes from data-* attributes only; no inline script.
(function () {
  'use strict';

  var list = document.getElementById('tour-order');
  if (!list || !list.dataset.orderUrl) {
    return;
  }
  var status = document.getElementById('order-status');
  var dragged = null;
  var before = null;
  var dropped = false;

  function rows() {
    return Array.prototype.slice.call(list.querySelectorAll('li[data-sequence]'));
  }

  function ids() {
    return rows().map(function (row) { return row.dataset.sequence; });
  }

  function rowOf(node) {
    while (node && node !== list) {
      if (node.nodeType === 1 && node.hasAttribute('data-sequence')) {
        return node;
      }
      node = node.parentNode;
    }
    return null;
  }

  function restore() {
    var byId = {};
    rows().forEach(function (row) { byId[row.dataset.sequence] = row; });
    before.forEach(function (id) { list.appendChild(byId[id]); });
  }

  function show(url) {
    var here = window.location.href.split('#')[0];
    if (url.split('#')[0] === here) {
      window.location.hash = url.split('#')[1] || '';
      window.location.reload();
    } else {
      window.location.assign(url);
    }
  }

  function save(row) {
    var order = ids();
    if (order.join(' ') === before.join(' ')) {
      return;
    }
    if (status) {
      status.textContent = list.dataset.saving;
    }
    var body = new URLSearchParams();
    body.append('csrf', list.dataset.csrf);
    body.append('order', order.join(' '));
    body.append('moved', row.dataset.sequence);
    fetch(list.dataset.orderUrl, { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok || response.redirected === false) {
          throw new Error('order not saved: ' + response.status);
        }
        show(response.url + '#sequence-' + row.dataset.sequence);
      })
      .catch(function () {
        if (status) {
          status.textContent = list.dataset.failed;
        }
        restore();
      });
  }

  list.addEventListener('dragstart', function (event) {
    var row = rowOf(event.target);
    if (!row) {
      return;
    }
    dragged = row;
    before = ids();
    dropped = false;
    row.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', row.dataset.sequence);
  });

  list.addEventListener('dragover', function (event) {
    if (!dragged) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    var over = rowOf(event.target);
    if (!over || over === dragged) {
      return;
    }
    var box = over.getBoundingClientRect();
    var after = event.clientY > box.top + box.height / 2;
    list.insertBefore(dragged, after ? over.nextSibling : over);
  });

  list.addEventListener('drop', function (event) {
    if (!dragged) {
      return;
    }
    event.preventDefault();
    dropped = true;
    save(dragged);
  });

  list.addEventListener('dragend', function () {
    if (!dragged) {
      return;
    }
    dragged.classList.remove('dragging');
    if (!dropped) {
      restore();
    }
    dragged = null;
  });
})();
